# $(sort) sorts lexically (C locale) and removes duplicates.
$(info [$(sort foo bar lose foo B a 10 9 _x)])
$(info [$(sort )])
all: ; @:
