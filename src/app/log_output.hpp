#pragma once
// Where `koers serve` writes its log (the access log and the rest): to standard output, in
// lines collected and written together. A line at warning level or above writes out everything
// before it at once; otherwise lines leave within a second, or when 64 KB have gathered, and at
// exit. On a terminal the lines go out one by one, in colour. (Writing and flushing each request
// line cost a signed-in page 5% of its throughput: decision 0030.)
namespace koers::app {

// Makes the buffered (or, on a terminal, the coloured) output spdlog's default logger.
void UseServerLogOutput();

// Writes out what is collected; at the end of `serve`.
void FlushLog();

}  // namespace koers::app
