# --debug=b under -j: each pass over the goals prints the goal's head again until its
# prerequisites are done; :: rules run one after the other. Each job ends at least 0.3 s
# from any other, so a loaded machine does not change the order of the passes.
#| args: --debug=b -j2
#| normalise: banner
all: a b x
	@sleep 0.1; echo all
a:
	@sleep 1.6; echo a
b:
	@sleep 0.1; echo b
x:: ; @sleep 0.4; echo x1
x:: ; @sleep 0.4; echo x2
