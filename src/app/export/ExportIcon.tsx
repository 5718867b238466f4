/** The toolbar's Export PDF icon (the toolbar's 16-unit grid, stroked with currentColor). */
export const EXPORT_PDF_ICON = (
  <svg
    className="tm-icon"
    width="18"
    height="18"
    viewBox="0 0 16 16"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.5"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    <path d="M9.5 1.75H4A1.25 1.25 0 0 0 2.75 3v10A1.25 1.25 0 0 0 4 14.25h8A1.25 1.25 0 0 0 13.25 13V5.5Z" />
    <path d="M9.5 1.75V5.5h3.75M8 7v5M5.75 9.75 8 12l2.25-2.25" />
  </svg>
);
