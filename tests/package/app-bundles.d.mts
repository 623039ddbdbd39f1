/** One input of a bundle: its path, where it comes from (package or Rungs dist file), minified bytes. */
export interface BundleInput {
  path: string;
  origin: string;
  bytes: number;
}

export interface BundleSize {
  minified: number;
  gzip: number;
  /** Biggest first. */
  inputs: BundleInput[];
}

/** What a bigger app adds over a smaller one: gzipped bytes, and the added inputs by origin. */
export interface BundleDifference {
  gzip: number;
  extra: { origin: string; bytes: number }[];
}

export declare const BUDGETS: {
  ladderOverReact: number;
  ladderIslandOverReact: number;
  parseFramework: number;
  cdnScript: number;
  cdnStylesheet: number;
};
export declare const APPS: { empty: string; react: string; ladder: string; ladderIsland: string; parse: string };
export declare function bundleApp(source: string, options?: { sources?: boolean }): Promise<BundleSize>;
export declare function byOrigin(inputs: BundleInput[]): { origin: string; bytes: number }[];
export declare function measureApps(): Promise<{
  apps: { empty: BundleSize; react: BundleSize; ladder: BundleSize; ladderIsland: BundleSize; parse: BundleSize };
  ladderOverReact: BundleDifference;
  ladderIslandOverReact: BundleDifference;
  parseFramework: BundleDifference;
}>;
export declare function kb(bytes: number): string;

/** A built file: bytes, gzipped bytes, and its text. */
export interface FileSize {
  minified: number;
  gzip: number;
  text: string;
}
export declare function measureCdn(): Promise<{ script: FileSize & { imports: string[] }; stylesheet: FileSize }>;
