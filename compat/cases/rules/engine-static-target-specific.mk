objs = a.o
$(objs): V = static
all: $(objs)
$(objs): %.o:
	@echo $@ [$*] $(V)
