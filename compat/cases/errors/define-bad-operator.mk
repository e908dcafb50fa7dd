# "define v junk" defines a variable literally named "v junk", so $(v) is empty and no error is given.
define v junk
x
endef
all: ; @echo [$(v)]
