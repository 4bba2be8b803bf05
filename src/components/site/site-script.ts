/**
 * The site's script (issue 22), on every page. On a weak mobile connection every request costs a
 * round trip, so the elements of the header, the reading tools and the lessons, the pages most
 * people open, are defined in this one file; a rarer page kind (course, progress, tally, slides,
 * practice…) adds one script of its own, which the browser finds in the page and fetches at the
 * same time, and which shares this file's modules. Loading it on a page that lacks an element is
 * harmless: a custom element only acts where it is used.
 */
import '../starlight/search-element';
import '../starlight/theme-select-element';
import '../starlight/toc-elements';
import '../offline/offline-status';
import '../progress/progress-marks-element';
import '../reading/text-size-element';
import '../reading/read-aloud-element';
import '../reading/share-element';
import '../lesson-page/trainer-toggle';
import '../lesson-page/lesson-read';
import '../quiz/quiz-element';
import '../handout/print-buttons';
