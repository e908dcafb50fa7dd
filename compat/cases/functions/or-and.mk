# $(or) returns the first non-empty arg, $(and) the last or empty, short-circuiting (manual 8.4).
$(info [$(or ,,b,$(error no))] [$(or ,)] [$(and a,b,c)] [$(and a,,$(error no))] [$(and )])
all: ; @:
