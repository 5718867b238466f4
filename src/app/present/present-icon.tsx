/** The toolbar's Present icon: a screen on a stand (16-unit grid, like editor/icons.tsx). */
export const PRESENT_ICON = (
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
    <rect x="1.75" y="2.25" width="12.5" height="8.5" rx="1" />
    <path d="M8 10.75v3M5.25 13.75h5.5M6.75 4.75l3 1.75-3 1.75Z" />
  </svg>
);
