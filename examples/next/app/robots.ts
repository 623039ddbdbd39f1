import type { MetadataRoute } from "next";

/** Every page may be crawled: they are public career frameworks. */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/" } };
}
