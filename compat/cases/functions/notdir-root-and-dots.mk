# $(notdir /) $(dir /) and names ending in slash or dot.
$(info [$(notdir /)] [$(dir /)] [$(notdir a/.)] [$(dir a/.)] [$(suffix a/b.c/d)] [$(basename a.b/c)])
all: ; @:
