/** What bench/search.mjs keeps on the page it measures (its `instrument`, run in the browser). */
interface Window {
  __search: { lastInput: number; shown: Map<string, number> };
}
