# "ifeq(a,a)" without a space is not a directive in 4.3: "missing separator".
ifeq(a,a)
$(info matched)
endif
all: ; @:
