# warning not fatal
$(warning w1)
$(warning w2)
all: ; @echo ran