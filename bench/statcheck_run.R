# Runs statcheck (Debian's r-cran-statcheck) on bench texts, with its default
# options: two-tailed, alpha .05, p = alpha significant, p = .000 an error.
#   Rscript statcheck_run.R texts.tsv statcheck.tsv
args <- commandArgs(trailingOnly = TRUE)
suppressPackageStartupMessages(library(statcheck))
texts <- read.delim(args[1], quote = "", colClasses = "character")
chunks <- split(seq_len(nrow(texts)), ceiling(seq_len(nrow(texts)) / 500))
started <- proc.time()[["elapsed"]]
rows <- lapply(chunks, function(i) {
  txt <- texts$text[i]
  names(txt) <- texts$id[i]
  res <- statcheck(txt, messages = FALSE)
  data.frame(id = res$source, computed_p = res$computed_p,
             error = res$error, decision_error = res$decision_error)
})
seconds <- proc.time()[["elapsed"]] - started
out <- do.call(rbind, rows)
write.table(out, args[2], sep = "\t", quote = FALSE, row.names = FALSE)
cat(sprintf("statcheck %s: %d results extracted from %d texts\n",
            packageVersion("statcheck"), nrow(out), nrow(texts)))
# The time statcheck() itself took (not R's start nor reading the file), for
# statcheck_compare.sh's side-by-side speed line.
cat(sprintf("statcheck_seconds %.3f %d %d\n", seconds, nrow(texts), nrow(out)))
