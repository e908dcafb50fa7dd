# A target depending on itself: dropped with a message.
all: all2 ; @echo all
all2: all2 ; @echo all2
