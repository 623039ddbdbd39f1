export declare function chromiumPath(): string;
export declare const chromiumArgs: string[];
export declare const browserStartupTimeout: number;
