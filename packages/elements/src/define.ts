// The entry a page imports for its side effect: `import "@rungs/elements/define"`. It imports
// the package by name (kept external in the build), so a page that also imports the classes
// or calls `defineRungsElements({ stylesheet })` shares one copy of them.
import { defineRungsElements } from "@rungs/elements";

defineRungsElements();
