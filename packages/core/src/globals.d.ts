// Core compiles without the DOM or Node type libraries, so that nothing host-specific
// slips in. The one host global it uses, WHATWG URL, exists in every runtime it targets
// (Node ≥ 18, browsers, React Server Components); this is the part of it core relies on.
declare class URL {
  constructor(input: string);
  readonly href: string;
  readonly protocol: string;
  readonly host: string;
  readonly pathname: string;
  readonly search: string;
  readonly username: string;
  readonly password: string;
}
