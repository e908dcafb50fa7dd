#| setup: mkdir src; touch src/out; sleep 0.01; touch src/in.txt
VPATH = src
all: out
	@echo all $^
out: in.txt
	@echo rebuild $@
