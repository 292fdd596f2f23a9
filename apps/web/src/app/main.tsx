import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './styles.css';
import { App } from './app.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
const root = document.getElementById('root');
if (root === null) throw new Error('The page has no #root element to render the dashboard into.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
