// Tailwind CSS v4 runs as a PostCSS plugin, as in any Next.js app that uses it. It only rewrites
// stylesheets that use Tailwind (here the Tailwind page's globals.css): a file with no Tailwind
// at-rule, such as Rungs' styles.css or site.css, is left as it is.
export default {
  plugins: { "@tailwindcss/postcss": {} },
};
