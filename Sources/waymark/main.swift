import WaymarkCore

print("waymark")
