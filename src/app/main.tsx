import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { choosePlatform } from './document/choose-platform.ts';
import { benchSession } from './document/bench-hook.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const platform = await choosePlatform();
createRoot(root).render(
  <StrictMode>
    <App platform={platform} initialSession={benchSession()} />
  </StrictMode>,
);
