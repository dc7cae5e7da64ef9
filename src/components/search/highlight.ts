/**
 * On arrival from a search result (?highlight=…), marks the matched words in the chapter's text with the
 * CSS Custom Highlight API (no change to the DOM) and brings the first into view if no section was named.
 */
export function highlightTerms(root: Element, terms: string[]) {
  const words = terms.map((term) => term.trim()).filter((term) => term.length > 0);
  if (!words.length || !('highlights' in CSS)) return;
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.nodeValue ?? '').matchAll(pattern)) {
      const range = new Range();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      ranges.push(range);
    }
  }
  CSS.highlights.set('search', new Highlight(...ranges));
  if (!location.hash && ranges[0]) ranges[0].startContainer.parentElement?.scrollIntoView({ block: 'center' });
  return ranges.length;
}
