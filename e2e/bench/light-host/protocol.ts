/** Messages between bench:capacity and the processes that host its light participants. */
export type HostRequest =
  | { id: number; type: 'fill'; baseUrl: string; demoRoom: string; displayNames: string[]; speaking: number; hidden: number }
  | { id: number; type: 'count' };

export type HostReply =
  | { id: number; type: 'filled' }
  | { id: number; type: 'counts'; participants: number; consumers: number[]; packets: number }
  | { id: number; type: 'failed'; message: string };
