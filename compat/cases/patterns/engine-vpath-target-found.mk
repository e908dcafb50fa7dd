#| setup: mkdir src; touch src/in.txt; sleep 0.01; touch src/out
VPATH = src
out: in.txt
	@echo rebuild
all: out
	@echo $^
