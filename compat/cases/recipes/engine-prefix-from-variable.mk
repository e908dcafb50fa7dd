Q = @
all:
	$(Q)echo quiet
