#| args: out
#| setup: mkdir src; touch src/in.txt
vpath %.txt src
vpath %.txt
out: in.txt
	@echo $<
