print("dutydesk")
