/**
 * The key (and id) of the one track of a file with `framework.levels` (every 1.0 file):
 * a word that reads well in a URL or a test, and that no view needs to show (the track's
 * label is the occupation's title).
 */
export const DEFAULT_TRACK_KEY = "default";
