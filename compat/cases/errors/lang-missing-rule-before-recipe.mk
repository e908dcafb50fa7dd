# missing rule before recipe
; echo x
all: ; @:
