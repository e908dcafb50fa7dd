# The common "mkdir -p $(@D)" idiom creates the target's directory before writing it.
all: out/deep/file.txt ; @cat $<
out/deep/file.txt:
	@mkdir -p $(@D)
	@echo content > $@
