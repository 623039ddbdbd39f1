import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  // Lighthouse's best-practices audit and any security review ask a server not to advertise itself.
  poweredByHeader: false,
};

export default config;
