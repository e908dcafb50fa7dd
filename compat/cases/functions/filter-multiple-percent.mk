# filter patterns with a backslash-escaped %, and matching words containing %.
$(info [$(filter 100\%,100% 100x)] [$(filter %\%,a% b)])
all: ; @:
