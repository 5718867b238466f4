/** Toolbar icons (16-unit grid, stroked with currentColor). Decorative: buttons carry the name. */
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
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
      {children}
    </svg>
  );
}

export const ICONS = {
  exportPdf: (
    <Icon>
      <path d="M9.5 1.75H4A1.25 1.25 0 0 0 2.75 3v10A1.25 1.25 0 0 0 4 14.25h8A1.25 1.25 0 0 0 13.25 13V5.5Z" />
      <path d="M9.5 1.75V5.5h3.75M8 7v5M5.75 9.75 8 12l2.25-2.25" />
    </Icon>
  ),
  new: (
    <Icon>
      <path d="M9.5 1.75H4A1.25 1.25 0 0 0 2.75 3v10A1.25 1.25 0 0 0 4 14.25h8A1.25 1.25 0 0 0 13.25 13V5.5Z" />
      <path d="M9.5 1.75V5.5h3.75M8 7.5v4M6 9.5h4" />
    </Icon>
  ),
  open: (
    <Icon>
      <path d="M1.75 4A1.25 1.25 0 0 1 3 2.75h3l1.5 1.5H13A1.25 1.25 0 0 1 14.25 5.5v7.5A1.25 1.25 0 0 1 13 14.25H3A1.25 1.25 0 0 1 1.75 13Z" />
    </Icon>
  ),
  save: (
    <Icon>
      <path d="M2.75 3A1.25 1.25 0 0 1 4 1.75h7l2.25 2.25V13A1.25 1.25 0 0 1 12 14.25H4A1.25 1.25 0 0 1 2.75 13Z" />
      <path d="M5 1.75v3.5h5v-3.5M5 14.25V9.5h6v4.75" />
    </Icon>
  ),
  undo: (
    <Icon>
      <path d="M5.5 3.5 2.5 6.5l3 3" />
      <path d="M2.5 6.5h7a4 4 0 0 1 0 8H7" />
    </Icon>
  ),
  redo: (
    <Icon>
      <path d="M10.5 3.5l3 3-3 3" />
      <path d="M13.5 6.5h-7a4 4 0 0 0 0 8H9" />
    </Icon>
  ),
  zoomIn: (
    <Icon>
      <circle cx="7" cy="7" r="4.75" />
      <path d="M10.5 10.5l3.75 3.75M5 7h4M7 5v4" />
    </Icon>
  ),
  zoomOut: (
    <Icon>
      <circle cx="7" cy="7" r="4.75" />
      <path d="M10.5 10.5l3.75 3.75M5 7h4" />
    </Icon>
  ),
  zoomFit: (
    <Icon>
      <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" />
    </Icon>
  ),
  palette: (
    <Icon>
      <rect x="1.75" y="1.75" width="12.5" height="12.5" rx="1.5" />
      <path d="M6 1.75v12.5M8.25 5h4M8.25 8h4M8.25 11h4" />
    </Icon>
  ),
  inspector: (
    <Icon>
      <rect x="1.75" y="1.75" width="12.5" height="12.5" rx="1.5" />
      <path d="M10 1.75v12.5M11.75 5h1M11.75 7.5h1" />
    </Icon>
  ),
  insights: (
    <Icon>
      <path d="M2 14.25h12M4 11.5V8M7 11.5V4.5M10 11.5V6.5M13 11.5V2.5" />
    </Icon>
  ),
  structure: (
    <Icon>
      <rect x="1.75" y="1.75" width="12.5" height="12.5" rx="1.5" />
      <path d="M1.75 6h12.5M1.75 10h12.5M6 1.75v12.5" />
    </Icon>
  ),
  comments: (
    <Icon>
      <path d="M2.25 3.25a1.5 1.5 0 0 1 1.5-1.5h8.5a1.5 1.5 0 0 1 1.5 1.5v6a1.5 1.5 0 0 1-1.5 1.5H7l-3 2.75v-2.75h-.25a1.5 1.5 0 0 1-1.5-1.5z" />
      <path d="M5 5.25h6M5 7.75h4" />
    </Icon>
  ),
  // A checklist: the map checks' questions to resolve.
  questions: (
    <Icon>
      <path d="M2 4l1.25 1.25L5.5 3M2 10l1.25 1.25L5.5 9M8 4.25h6M8 10.25h6" />
    </Icon>
  ),
  minimap: (
    <Icon>
      <rect x="1.75" y="2.75" width="12.5" height="10.5" rx="1.5" />
      <rect x="8.5" y="8" width="4" height="3.5" rx="0.5" />
    </Icon>
  ),
  help: (
    <Icon>
      <circle cx="8" cy="8" r="6.25" />
      <path d="M6.25 6.25a1.85 1.85 0 1 1 2.6 1.7c-.55.25-.85.65-.85 1.2v.35M8 11.5v.25" />
    </Icon>
  ),
  // A screen on a stand with a play mark: presentation mode.
  present: (
    <Icon>
      <rect x="1.75" y="2.25" width="12.5" height="8.5" rx="1" />
      <path d="M8 10.75v3M5.25 13.75h5.5M6.75 4.75l3 1.75-3 1.75Z" />
    </Icon>
  ),
  close: (
    <Icon>
      <path d="M4 4l8 8M12 4l-8 8" />
    </Icon>
  ),
} as const;
