-- A plain GET of the URL given to wrk (headers from -H); only adds the JSON summary.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")
