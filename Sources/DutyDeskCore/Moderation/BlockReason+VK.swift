extension BlockReason {
    /// Reads the `reason` of a VK `user_block` event (a block made in VK itself) back into the
    /// regulation's codes: 1 spam → spam, 2 verbal abuse and 3 strong language → insult,
    /// 4 irrelevant messages → offtopic. 0 ("other") and anything unknown give nil: VK's "other"
    /// could be any of the five, and dutydesk records what happened rather than guess a reason
    /// (the event's comment is kept beside the block).
    ///
    /// Not the inverse of `vkReasonCode`: advertising goes out as 1 and comes back as spam,
    /// illegal goes out as 0 and comes back unknown. VK has fewer codes than the regulation.
    public init?(vkReasonCode code: Int) {
        switch code {
        case 1: self = .spam
        case 2, 3: self = .insult
        case 4: self = .offtopic
        default: return nil
        }
    }
}
