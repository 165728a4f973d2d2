//! How far a whole-site build has come. The library only reports these events, through a
//! callback that rendering threads may call at once; the binary decides how to show them (a
//! bar on a terminal, plain lines otherwise).

/// One step of a whole-site build, in the order they happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// The build started reading and checking the site.
    Loading,
    /// The site is loaded and checked; `total` outputs are about to be rendered.
    Rendering {
        /// Outputs the build will write (pages, feeds, data files, static files).
        total: usize,
    },
    /// One more output is rendered (and, by `govdoc build`, written into the staging folder;
    /// the first build of a watch session writes them all when publishing).
    Written {
        /// Outputs written so far.
        done: usize,
        /// Outputs the build will write.
        total: usize,
    },
    /// Every output is written; the new site is being swapped in for the output folder.
    Publishing,
}
