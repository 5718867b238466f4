import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { choosePlatform } from './shell/choose-platform.ts';
import { benchSession } from './shell/bench-hook.ts';
import { installVocabularyTokens } from './theme/vocabulary-tokens.ts';
import './theme/base.css';
import './theme/dialogs.css';

installVocabularyTokens(document);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const platform = await choosePlatform();
createRoot(root).render(
  <StrictMode>
    <App platform={platform} initialSession={benchSession()} />
  </StrictMode>,
);
