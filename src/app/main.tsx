// First: configures zod for the strict CSP before any schema is built.
import './zod-csp.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseDisplayOptions } from '../features/filters/url-state.ts';
import { App } from './app.tsx';
import { reportHeightToParent } from './embed-height.ts';
import './app.css';

const display = parseDisplayOptions(window.location.search);
if (display.theme !== null) document.documentElement.dataset.theme = display.theme;
reportHeightToParent();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App display={display} />
  </StrictMode>,
);
