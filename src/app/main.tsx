import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { choosePlatform } from './shell/choose-platform.ts';
import { benchSession } from './shell/bench-hook.ts';
import { installVocabularyTokens } from './theme/vocabulary-tokens.ts';
import { loadMapFont } from './theme/map-font.ts';
import { joinSharedSession } from './session/join.ts';
import { SharedSessionProvider } from './session/session-context.tsx';
import './theme/base.css';
import './theme/dialogs.css';
import './theme/map-font.css';

installVocabularyTokens(document);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const [platform] = await Promise.all([choosePlatform(), loadMapFont()]);
// A page opened by a session link edits (or watches) the shared map instead of a file.
const joined = await joinSharedSession(root);
createRoot(root).render(
  <StrictMode>
    <SharedSessionProvider session={joined?.shared ?? null}>
      <App platform={platform} initialSession={joined?.session ?? benchSession()} />
    </SharedSessionProvider>
  </StrictMode>,
);
