/**
 * Everything a visit needs once someone joins — the connection (with mediasoup-client and
 * socket.io), the room and the facilitator's console — as one chunk, loaded while the pre-join
 * screen shows so that screen itself stays light.
 */
export { RoomConnection, type RoomTarget } from './room-connection';
export { RoomProvider } from './room-context';
export { RoomScreen } from '../components/room/RoomScreen';
export { LobbyScreen } from '../components/door/LobbyScreen';
export { AgreementScreen } from '../components/door/AgreementScreen';
