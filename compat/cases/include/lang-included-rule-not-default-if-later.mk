# included rule not default if later
#| setup: printf "inc: ; @echo inc\n" > r.mk
include r.mk
all: ; @echo main