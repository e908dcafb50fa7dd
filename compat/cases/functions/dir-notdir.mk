# $(dir) and $(notdir) on paths with and without slashes, trailing slash (manual 8.3).
$(info [$(dir src/foo.c hacks /abs/x dir/ ./a)])
$(info [$(notdir src/foo.c hacks /abs/x dir/ ./a)])
all: ; @:
