// The one-file build for a page without a bundler (dist/cdn/rungs-elements.js):
//   <script type="module" src="https://cdn.jsdelivr.net/npm/@rungs/elements/dist/cdn/rungs-elements.js"></script>
// React, ReactDOM, core and the components are inside. It registers the elements and has
// them add the stylesheet that sits beside it, unless the page links one already.
import { defineRungsElements } from "./define-elements";

defineRungsElements({ stylesheet: new URL("rungs-elements.css", import.meta.url).href });

export * from "./index";
