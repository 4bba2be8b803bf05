// A handout's "In" button opens the browser's print dialog.
for (const button of document.querySelectorAll('[data-kns-print]')) button.addEventListener('click', () => window.print());
