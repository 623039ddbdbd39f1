// React's `act`, from one place, so the same tests can run on another runtime that provides
// its own (an alias of this module).
export { act } from "react";
