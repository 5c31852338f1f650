// Ctrl+A (Cmd+A) in a field selects its text at once, natively. VS Code also hears the key and
// sends "select all" back to the webview a moment later; typing at full speed in between lost its
// first letters to that second selection. The key stops here, in the field it belongs to.
export function keepSelectAllInFields(doc: Document): void {
  doc.addEventListener('keydown', (event) => {
    const target = event.composedPath()[0] as { tagName?: string } | undefined;
    const inField = target?.tagName === 'INPUT' || target?.tagName === 'TEXTAREA';
    if (
      inField &&
      (event.ctrlKey || event.metaKey) &&
      !event.altKey &&
      !event.shiftKey &&
      event.key.toLowerCase() === 'a'
    )
      event.stopPropagation();
  });
}
