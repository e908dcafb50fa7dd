# $(dir)/$(notdir) operate on whitespace-separated words; repeated spaces collapse.
$(info [$(dir   a/b    c/d  )] [$(notdir  a/b   c/d )])
all: ; @:
