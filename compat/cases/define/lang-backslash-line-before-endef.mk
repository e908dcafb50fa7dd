# a body line ending in a backslash joins the endef line, which still ends the define
define g
body
\
endef
$(info [$(g)])
all: ; @:
