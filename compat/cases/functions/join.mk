# $(join) pairs words; extra words are kept as they are (manual 8.3).
$(info [$(join a b,.c .o)] [$(join a b c,.x)] [$(join a,.x .y .z)] [$(join ,)])
all: ; @:
