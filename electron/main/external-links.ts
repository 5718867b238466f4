/**
 * Which links may leave the app for the user's browser or mail client, and when.
 *
 * A link leaves only if all three hold: its scheme is http, https or mailto; the user has just
 * clicked (or pressed Enter, or tapped) in the page, so page script alone never opens
 * anything; and the user confirms a dialog that names the host or the mail address.
 *
 * Electron tells neither `will-navigate` nor `setWindowOpenHandler` whether a user gesture
 * caused them (electron/electron#9973), so main watches the input events it forwards to the
 * page itself: page script cannot forge those, unlike a DOM `click()`.
 */
import type {
  BrowserWindow,
  Dialog,
  InputEvent,
  MessageBoxOptions,
  Shell,
  WebContents,
} from 'electron';

/** A link that may be offered to the user, with the one name the confirmation shows. */
export interface AllowedLink {
  /** The parsed URL, as it will be handed to the operating system. */
  url: string;
  kind: 'web' | 'mail';
  /** `https://example.org` (scheme, host and port) or the mail address(es). */
  target: string;
}

export type LinkRefusal =
  'not-a-url' | 'scheme' | 'no-gesture' | 'credentials' | 'no-host' | 'bad-address';

export type LinkDecision = ({ allow: true } & AllowedLink) | { allow: false; reason: LinkRefusal };

const WEB_SCHEMES = new Set(['http:', 'https:']);
/** One plain address per comma-separated item: nothing that could read as a sentence. */
const MAIL_ADDRESS = /^[^\s@<>()[\],;:"\\]+@[^\s@<>()[\],;:"\\]+$/;

/** The pure decision: (url, came from a user gesture) -> allowed with its name, or why not. */
export function decideExternalLink(url: string, userGesture: boolean): LinkDecision {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { allow: false, reason: 'not-a-url' };
  }
  const isWeb = WEB_SCHEMES.has(parsed.protocol);
  if (!isWeb && parsed.protocol !== 'mailto:') return { allow: false, reason: 'scheme' };
  if (!userGesture) return { allow: false, reason: 'no-gesture' };
  if (isWeb) {
    // `https://bank.example@evil.test` shows one host and goes to another: refused outright.
    if (parsed.username || parsed.password) return { allow: false, reason: 'credentials' };
    if (!parsed.hostname) return { allow: false, reason: 'no-host' };
    // `host` is punycode for international names, so look-alike letters show as xn--.
    return {
      allow: true,
      url: parsed.href,
      kind: 'web',
      target: `${parsed.protocol}//${parsed.host}`,
    };
  }
  let addresses: string[];
  try {
    addresses = decodeURIComponent(parsed.pathname)
      .split(',')
      .map((a) => a.trim());
  } catch {
    return { allow: false, reason: 'bad-address' };
  }
  if (!addresses.every((a) => MAIL_ADDRESS.test(a))) return { allow: false, reason: 'bad-address' };
  return { allow: true, url: parsed.href, kind: 'mail', target: addresses.join(', ') };
}

/** The index of "Open" in the confirmation's buttons; Cancel is the default and the escape. */
export const OPEN_BUTTON = 0;
const CANCEL_BUTTON = 1;
/** The whole URL is shown under the question, cut so a long one cannot push the buttons off. */
const MAX_DETAIL = 300;

/** The confirmation: "Open https://example.org in your browser?" with Open / Cancel. */
export function externalLinkPrompt(link: AllowedLink): MessageBoxOptions {
  const detail = link.url.length > MAX_DETAIL ? `${link.url.slice(0, MAX_DETAIL)}…` : link.url;
  return {
    type: 'question',
    title: 'Open link',
    message:
      link.kind === 'web'
        ? `Open ${link.target} in your browser?`
        : `Write to ${link.target} in your mail app?`,
    detail,
    buttons: ['Open', 'Cancel'],
    defaultId: CANCEL_BUTTON,
    cancelId: CANCEL_BUTTON,
    noLink: true,
  };
}

/** Shows a message box (on the link's window, in main) and answers with the button pressed. */
export type ShowMessageBox = (options: MessageBoxOptions) => Promise<{ response: number }>;

export async function confirmInDialog(show: ShowMessageBox, link: AllowedLink): Promise<boolean> {
  const { response } = await show(externalLinkPrompt(link));
  return response === OPEN_BUTTON;
}

/**
 * How long a click counts as the cause of a navigation. A click's navigation reaches main in
 * milliseconds; two seconds leave room for a busy page while a stale click does not count.
 */
const GESTURE_WINDOW_MS = 2000;

/** Input events that activate a link: the end of a click, a tap, Enter on a focused link. */
export function isActivatingInput(input: Pick<InputEvent, 'type'>): boolean {
  return input.type === 'mouseUp' || input.type === 'gestureTap' || input.type === 'touchEnd';
}

export function isActivatingKey(input: { type: string; key: string }): boolean {
  return input.type === 'keyDown' && input.key === 'Enter';
}

/** The last user gesture in one page; each gesture opens at most one link. */
export class GestureTracker {
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly windowMs = GESTURE_WINDOW_MS,
  ) {}

  note(): void {
    this.last = this.now();
  }

  /** Whether a gesture is fresh, using it up so one click cannot open several links. */
  consume(): boolean {
    const fresh = this.now() - this.last <= this.windowMs;
    this.last = Number.NEGATIVE_INFINITY;
    return fresh;
  }
}

export interface ExternalLinkPorts {
  /** Asks the user; true only if they chose Open. */
  confirm(link: AllowedLink): Promise<boolean>;
  /** Hands the URL to the operating system (shell.openExternal). */
  open(url: string): Promise<void> | void;
  log?(message: string): void;
}

export type LinkOutcome = 'opened' | 'cancelled' | 'refused' | 'busy' | 'failed';

/**
 * Offers links to the user one at a time: while a confirmation is open, further requests
 * from the same page are dropped, so a page cannot stack up dialogs.
 */
export function createLinkOpener(
  ports: ExternalLinkPorts,
): (url: string, userGesture: boolean) => Promise<LinkOutcome> {
  const log = ports.log ?? ((message: string) => console.warn(`[touchmap] ${message}`));
  let pending = false;
  return async (url, userGesture) => {
    const decision = decideExternalLink(url, userGesture);
    if (!decision.allow) {
      log(`external link refused (${decision.reason})`);
      return 'refused';
    }
    if (pending) return 'busy';
    pending = true;
    try {
      if (!(await ports.confirm(decision))) return 'cancelled';
      await ports.open(decision.url);
      return 'opened';
    } catch (error) {
      log(`external link failed: ${error instanceof Error ? error.message : String(error)}`);
      return 'failed';
    } finally {
      pending = false;
    }
  };
}

/** The Electron parts the real ports use; passed in so the wiring is tested with fakes. */
export interface ElectronLinkDeps {
  BrowserWindow: Pick<typeof BrowserWindow, 'fromWebContents'>;
  dialog: Pick<Dialog, 'showMessageBox'>;
  shell: Pick<Shell, 'openExternal'>;
}

/** The confirmation as a dialog on the page's own window; the link opened by the system. */
export function electronLinkPorts(
  contents: WebContents,
  deps: ElectronLinkDeps,
): ExternalLinkPorts {
  return {
    confirm: (link) =>
      confirmInDialog((options) => {
        const window = deps.BrowserWindow.fromWebContents(contents);
        return window
          ? deps.dialog.showMessageBox(window, options)
          : deps.dialog.showMessageBox(options);
      }, link),
    open: (url) => deps.shell.openExternal(url),
  };
}
